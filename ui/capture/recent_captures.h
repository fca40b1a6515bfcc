#pragma once

#include <QStringList>

#include <functional>

class QMenu;

namespace mcpscope {

// The captures opened offline, newest first, at most kMax, kept in QSettings
// (recentCaptures). Paths only: a capture file holds no secret in its name.
namespace RecentCaptures {

inline constexpr int kMax = 10;

QStringList list();
// Puts path first (absolute), dropping an older entry of it and the oldest past kMax.
void add(const QString &path);
void clear();

// Refills menu with the list each time it is about to show: one action per
// capture (object names recentCapture_0, _1, …; triggering one calls open
// with its path), then Clear Recent Captures (clearRecentCaptures).
void attachTo(QMenu *menu, const std::function<void(const QString &)> &open);

} // namespace RecentCaptures
} // namespace mcpscope
