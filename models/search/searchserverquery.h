#pragma once

#include "parsedsearch.h"

namespace models {

/// Fills \a search.serverQuery (and hasServerQuery) from its local parts, or explains in
/// serverProblem why the server cannot run it. The shape stays inside Intercom's limits:
/// the filters alone are one AND group (or one filter); with free words it is an AND of
/// groups: the filters' AND group, then one OR group per word (so at most 2 levels, and at
/// most 15 entries per group). See SearchParser for the field mapping.
void buildServerQuery(ParsedSearch &search);

/// The server's search fields for one free word (an OR group of them is the word's test).
QStringList serverTextFields();

} // namespace models
