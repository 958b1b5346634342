#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace ui {

/// One attribute as written: views into the tokenizer's input; the value is raw (entities not
/// decoded) so only the attributes somebody keeps pay for decoding.
struct HtmlAttribute
{
    QStringView name; // as written (not lowercased)
    QStringView value;
};

struct HtmlToken
{
    enum Kind {
        Text,    // character data; entities still encoded
        RawText, // content of script/style/xmp/…: literal, entities not meaningful
        StartTag,
        EndTag,
        EndOfInput,
    };
    Kind kind = EndOfInput;
    QStringView text; // Text, RawText
    QString name;     // StartTag, EndTag: ASCII-lowercased; RawText: the element it belongs to
    QVarLengthArray<HtmlAttribute, 8> attributes; // StartTag only, duplicates removed (first wins)
    bool selfClosing = false;
};

/// A small HTML tokenizer after the WHATWG state machine: tags, attributes in all three quoting
/// styles, raw-text elements (script, style, …), and comments, doctypes, CDATA and processing
/// instructions, which it swallows. A tag cut off by the end of the input is dropped, as
/// browsers do. Each call to next() consumes at least one character, so the whole input is
/// tokenized in linear time. The input must outlive the tokenizer and its tokens.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input)
        : m_in(input)
    {}

    /// Fills \a token with the next token; returns false (and EndOfInput) at the end.
    bool next(HtmlToken &token);

private:
    bool readRawText(HtmlToken &token);
    bool readTag(HtmlToken &token, qsizetype start);
    bool readAttributes(HtmlToken &token);
    void skipPast(QStringView terminator, qsizetype from);
    void skipComment();
    qsizetype markupStart(qsizetype from) const;

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // non-empty: the next token is that element's raw text
};

} // namespace ui
