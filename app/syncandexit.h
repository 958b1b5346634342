#pragma once

#include "launchoptions.h"

namespace app {

/// `triage --sync-and-exit`: the initial sync of the workspace into its local store, without
/// a window (also how a script fills a store). Prints one JSON line with the figures
/// {conversations, requests, wall_ms, cpu_ms, rss_kb} on stdout and returns the exit code.
int runSyncAndExit(const LaunchOptions &options);

} // namespace app
