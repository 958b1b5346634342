#pragma once

#include <QProxyStyle>

namespace ui {

/// A proxy style with the few standard icons a first frame asks for drawn in code: QMenuBar asks
/// for its overflow button's icon when it is made, and a search field for its clear button's. The
/// stock ones are picture files, and the first picture a process loads makes Qt probe its image
/// plugins (about a millisecond before the inbox could paint). Drawn in the palette's text
/// colour, so they also follow the light and dark schemes. Everything else is the base style's:
/// Fusion for Triage's light and dark schemes, the platform's own for "system".
class TriageStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    explicit TriageStyle(const QString &baseStyleName = QStringLiteral("fusion"));

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace ui
