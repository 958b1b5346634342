#pragma once

#include "prng.h"

#include <QString>
#include <QStringList>

namespace sandbox {

/// Word and sentence pools the generator draws from, and builders for realistic HTML message
/// bodies (paragraphs, links, lists, inline images). Stateless; every function takes the PRNG.
namespace GeneratorText {

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &companyNames();
const QStringList &industries();
const QStringList &tagNames();
const QStringList &teamNames();
const QStringList &jobTitles();
/// "City|Region|Country" triples.
const QStringList &locations();
const QStringList &collectionNames();

QString pick(Prng &rng, const QStringList &list);

/// @p text folded to ASCII the way people spell their names in e-mail addresses (ü → ue,
/// é → e, ß → ss, ø → oe, …); characters with no ASCII spelling are dropped. Case is kept.
QString asciiFold(const QString &text);
/// An e-mail local part or domain label from a name: ASCII-folded, lower case, spaces as
/// @p separator, nothing else outside [a-z0-9._-], and no leading, trailing or doubled
/// punctuation (e-mail addresses are `format: email`, which is ASCII only).
QString mailLabel(const QString &text, QChar separator = QLatin1Char('-'));

/// A customer's first message: 1–3 paragraphs, sometimes a link, list or inline image.
QString customerMessage(Prng &rng);
/// A teammate's reply.
QString adminReply(Prng &rng);
/// A customer's follow-up.
QString customerFollowUp(Prng &rng);
/// An internal note.
QString internalNote(Prng &rng);
/// An e-mail subject line.
QString subject(Prng &rng);
/// A help-center article title and body.
QString articleTitle(Prng &rng, int index);
QString articleBody(Prng &rng);

} // namespace GeneratorText

} // namespace sandbox
