#pragma once

#include "ui/session/feature_tab.h"

namespace mcpscope {

// The Templates tab: resource templates (resources/templates/list); a field per RFC 6570 variable,
// with completions (ref/resource), and the expanded URI read.
class TemplatesTab final : public FeatureTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesTab)

public:
    // client must outlive the tab.
    explicit TemplatesTab(McpClient *client, QWidget *parent = nullptr);
};

} // namespace mcpscope
