#pragma once

// McpAuthorizer moved to session/ (it is the glue of mcp, oauth and vault).
// This forwarding header keeps `#include "oauth/mcp_authorizer.h"` in ui/
// building until the GUI switches to McpSession; delete it then, with the
// compat include directory in core/CMakeLists.txt. Nothing in core includes it.
#include "session/mcp_authorizer.h"
