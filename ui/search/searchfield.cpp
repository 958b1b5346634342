#include "searchfield.h"

#include <QToolButton>

#include "models/search/savedsearchesmodel.h"
#include "ui/paintedicon.h"
#include "models/search/searchparser.h"
#include "models/search/searchtokenizer.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTextCharFormat>


namespace ui {

namespace {

QStringList displayValues(const QAbstractItemModel *model)
{
    QStringList values;
    if (!model)
        return values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, 0).data().toString());
    return values;
}

QString defaultNamePrompt(QWidget *parent, const QString &query)
{
    bool ok = false;
    const QString name = QInputDialog::getText(parent, SearchField::tr("Save Search"),
                                               SearchField::tr("Name of the saved search:"),
                                               QLineEdit::Normal, query, &ok);
    return ok ? name : QString();
}

} // namespace

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
    , m_namePrompt(defaultNamePrompt)
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search conversations"));
    setPlaceholderText(tr("Search conversations  (/)"));
    setClearButtonEnabled(true);
    // The clear button QLineEdit adds has no name of its own.
    if (auto *clear = findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    setToolTip(models::SearchParser::syntaxHelp());
    setAccessibleDescription(models::SearchParser::syntaxHelp());

    m_searchAction = addAction(QIcon(), QLineEdit::LeadingPosition);
    m_searchAction->setObjectName(QStringLiteral("searchFieldIcon"));
    m_searchAction->setText(tr("Search"));
    m_saveAction = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_saveAction->setObjectName(QStringLiteral("saveSearchAction"));
    m_saveAction->setText(tr("Save search…"));
    m_saveAction->setToolTip(tr("Save this search as a view"));
    connect(m_saveAction, &QAction::triggered, this, &SearchField::saveSearch);
    updateIcons();
    updateSaveAction();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(text()); });
    connect(this, &QLineEdit::textEdited, this, &SearchField::handleEdit);
    connect(this, &QLineEdit::textChanged, this, &SearchField::updateSaveAction);

    m_completer->setWidget(this);
    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("searchCompletionPopup"));
    m_completer->popup()->setAccessibleName(tr("Search suggestions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchField::insertCompletion);
}

void SearchField::setCompletionModels(QAbstractItemModel *teammates, QAbstractItemModel *teams,
                                      QAbstractItemModel *tags)
{
    m_teammates = teammates;
    m_teams = teams;
    m_tags = tags;
}

void SearchField::setSavedSearches(models::SavedSearchesModel *savedSearches)
{
    m_savedSearches = savedSearches;
}

void SearchField::focusSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::handleEdit()
{
    // The underline belongs to the text that was parsed; it comes back with the new result.
    if (!m_errors.isEmpty())
        setErrors({});
    m_debounce.start();
    updateCompletion();
}

void SearchField::setErrors(const QList<models::SearchError> &errors)
{
    m_errors = errors;
    QStringList messages;
    for (const models::SearchError &error : errors)
        messages.append(error.message);
    const QString help = models::SearchParser::syntaxHelp();
    setToolTip(messages.isEmpty() ? help : messages.join(QLatin1Char('\n')));
    setAccessibleDescription(messages.isEmpty() ? help : messages.join(QLatin1Char(' ')));
    applyErrorFormats();
    updateSaveAction();
}

void SearchField::applyErrorFormats()
{
    // QLineEdit has no API for formatted ranges; an input-method event with only TextFormat
    // attributes sets them without touching the text (positions relative to the cursor).
    QList<QInputMethodEvent::Attribute> attributes;
    for (const models::SearchError &error : std::as_const(m_errors)) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        format.setUnderlineColor(palette().color(QPalette::Text));
        attributes.append({QInputMethodEvent::TextFormat, error.position - cursorPosition(),
                           qMax(1, error.length), format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

void SearchField::updateSaveAction()
{
    m_saveAction->setEnabled(!text().trimmed().isEmpty() && m_errors.isEmpty());
}

void SearchField::updateIcons()
{
    const QColor color = palette().color(QPalette::Text);
    m_searchAction->setIcon(PaintedIcon::make(color, PaintedIcon::magnifier));
    m_saveAction->setIcon(PaintedIcon::make(color, PaintedIcon::star));
}

void SearchField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
        applyErrorFormats();
    }
}

void SearchField::saveSearch()
{
    const QString query = text().trimmed();
    if (query.isEmpty() || !m_errors.isEmpty())
        return;
    Q_EMIT saveRequested(query);
    if (!m_savedSearches)
        return;
    const QString name = m_namePrompt ? m_namePrompt(this, query).trimmed() : QString();
    if (!name.isEmpty())
        m_savedSearches->addSearch(name, query);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    const bool popupOpen = m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Escape:
        if (popupOpen)
            break;
        m_debounce.stop();
        if (!text().isEmpty()) {
            clear();
            setErrors({});
            Q_EMIT queryChanged(QString());
        }
        Q_EMIT returnFocusRequested();
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupOpen)
            break;
        m_debounce.stop();
        Q_EMIT queryCommitted(text());
        event->accept();
        return;
    case Qt::Key_Down:
        if (popupOpen)
            break;
        Q_EMIT returnFocusRequested();
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

QStringList SearchField::valuesFor(const QString &key, bool negated) const
{
    if (key == QLatin1String("tag"))
        return displayValues(m_tags);
    if (negated)
        return {};
    if (key == QLatin1String("assignee"))
        return QStringList{QStringLiteral("me"), QStringLiteral("none")}
               + displayValues(m_teammates);
    if (key == QLatin1String("team"))
        return QStringList{QStringLiteral("none")} + displayValues(m_teams);
    if (key == QLatin1String("is"))
        return {QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("snoozed"),
                QStringLiteral("unread"), QStringLiteral("read")};
    if (key == QLatin1String("priority"))
        return {QStringLiteral("yes"),    QStringLiteral("no"),   QStringLiteral("low"),
                QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("urgent")};
    return {};
}

QStringList SearchField::completionValues() const
{
    return m_completionStart >= 0 ? m_completionModel->stringList() : QStringList();
}

void SearchField::updateCompletion()
{
    const QList<models::SearchToken> tokens = models::tokenizeSearch(text());
    const int index = models::searchTokenAt(tokens, cursorPosition());
    const QStringList values
        = index >= 0 ? valuesFor(tokens.at(index).key, tokens.at(index).negated) : QStringList();
    if (values.isEmpty()) {
        m_completionStart = -1;
        m_completer->popup()->hide();
        return;
    }
    const models::SearchToken &token = tokens.at(index);
    m_completionStart = token.position;
    m_completionLength = token.length;
    m_completionKey = token.key;
    m_completionNegated = token.negated;
    m_completionModel->setStringList(values);
    m_completer->setCompletionPrefix(token.value);
    const bool done
        = m_completer->completionCount() == 1
          && m_completer->currentCompletion().compare(token.value, Qt::CaseInsensitive) == 0;
    if (m_completer->completionCount() == 0 || done) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void SearchField::insertCompletion(const QString &value)
{
    if (m_completionStart < 0)
        return;
    const QString quoted
        = value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
    const QString token = (m_completionNegated ? QStringLiteral("-") : QString()) + m_completionKey
                          + QLatin1Char(':') + quoted;
    const QString current = text();
    const QString after = current.mid(m_completionStart + m_completionLength);
    const QString separator = after.startsWith(QLatin1Char(' ')) ? QString() : QStringLiteral(" ");
    setText(current.left(m_completionStart) + token + separator + after);
    setCursorPosition(m_completionStart + int(token.size()) + 1);
    m_completionStart = -1;
    m_debounce.start();
}

} // namespace ui
