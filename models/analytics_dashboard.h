#pragma once

// The analytics types the models and the view draw (Dashboard and its
// parts, CallOutcome, AuthEvent) come from core/analytics; the models
// include them through here.
#include "analytics/analytics_query.h"
#include "analytics/call_facts.h"
