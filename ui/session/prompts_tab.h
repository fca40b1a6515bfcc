#pragma once

#include "ui/session/feature_tab.h"

namespace mcpscope {

// The Prompts tab: the server's prompts (prompts/list), a field per declared argument with
// completions (ref/prompt), and prompts/get.
class PromptsTab final : public FeatureTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptsTab)

public:
    // client must outlive the tab.
    explicit PromptsTab(McpClient *client, QWidget *parent = nullptr);
};

} // namespace mcpscope
