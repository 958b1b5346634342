#pragma once

#include <QTextBrowser>

#include <functional>

namespace ui {

/// The rich-text body of one thread part: a frameless, transparent, read-only QTextBrowser
/// sized to its document by the part widget. It brings mouse and keyboard text selection,
/// Ctrl+C, Tab through links with Enter to activate (anchorClicked), and the accessible text
/// interface. It never loads anything by itself: images come from the image source (the
/// session's remote image cache), and scrolling keys and the wheel go to the thread view.
/// GUI thread; owned by its part widget.
class PartBodyBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using ImageSource = std::function<QVariant(const QUrl &)>;

    explicit PartBodyBrowser(QWidget *parent = nullptr);

    void setImageSource(ImageSource source) { m_imageSource = std::move(source); }
    /// Lays the document out at \a width and returns its height.
    int documentHeightForWidth(int width);
    bool hasLinks() const { return m_hasLinks; }
    void setBodyHtml(const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    ImageSource m_imageSource;
    bool m_hasLinks = false;
};

} // namespace ui
