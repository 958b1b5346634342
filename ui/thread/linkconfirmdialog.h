#pragma once

#include <QDialog>
#include <QUrl>

namespace ui {

/// "Open this link?": shows the URL as LinkPolicy::displayText() spells it (full, userinfo
/// visible, punycode decoded, look-alike warning) with Open and Cancel. Cancel is the default
/// button, so an unintended Enter opens nothing. Non-blocking: open() it and listen to
/// accepted(). GUI thread; deletes itself when closed.
class LinkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkConfirmDialog(const QUrl &url, QWidget *parent = nullptr);

    QUrl url() const { return m_url; }

private:
    QUrl m_url;
};

} // namespace ui
