#pragma once

#include "diagnostics/connection_doctor.h"

// Shared by the connection doctor's tests.
namespace mcpscope::testing {

// The report's check with this id; null when the doctor did not list it.
inline const DoctorCheck *check(const DoctorReport &report, const QString &id)
{
    for (const DoctorCheck &c : report.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace mcpscope::testing
