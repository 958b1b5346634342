#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace ui {

/// The Reply / Note switch: a segmented pair of checkable buttons, one always checked.
/// Alt+R and Alt+N (mnemonics) pick a side; arrow keys move between them too.
/// GUI-thread widget.
class ModeSwitch : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    explicit ModeSwitch(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QToolButton *replyButton() const { return m_reply; }
    QToolButton *noteButton() const { return m_note; }

Q_SIGNALS:
    void modeChanged(ui::ModeSwitch::Mode mode);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// The chosen side in the palette's highlight, so the mode reads at a glance in light and
    /// dark (a style's sunken look alone is faint).
    void paintSegments();

    QToolButton *m_reply;
    QToolButton *m_note;
    QButtonGroup *m_group;
};

} // namespace ui
