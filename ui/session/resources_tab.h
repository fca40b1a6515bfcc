#pragma once

#include "ui/session/feature_tab.h"

namespace mcpscope {

// The Resources tab: the server's resources (resources/list), read (text as text, blobs decoded
// with their size and type, images previewed) and subscribed to.
class ResourcesTab final : public FeatureTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesTab)

public:
    // client must outlive the tab.
    explicit ResourcesTab(McpClient *client, QWidget *parent = nullptr);
};

} // namespace mcpscope
