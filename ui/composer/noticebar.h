#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ui {

/// A non-modal line inside the composer: a message, an optional detail below it, and action
/// buttons on the right (the undo banner, the failure bar, the new-messages panel). Its
/// background is the palette's base tinted towards the tone's hue, so it reads in light and
/// dark themes alike. It never takes focus by itself. GUI-thread widget.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Info, Warning, Error, Note };

    NoticeBar(Tone tone, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    /// Extra lines under the message (plain text); hidden when empty.
    void setDetail(const QString &detail);
    QString detail() const;
    QPushButton *addButton(const QString &text, const QString &objectName,
                           const QString &accessibleName);

    /// The hue a tone's background is tinted towards (PaletteColors::mix with the base).
    static QColor hueOf(Tone tone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone;
    QLabel *m_text;
    QLabel *m_detail;
    QHBoxLayout *m_buttons;
    bool m_applying = false;
};

} // namespace ui
