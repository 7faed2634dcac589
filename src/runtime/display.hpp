// Display of values as MATLAB prints them: auto-display of unsuppressed results
// ("x =\n\n     5\n\n" in format loose), disp(), and number formatting under `format`.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include <string>

namespace runmat::runtime {

// What `name = value` prints when a statement is not terminated by ';' (name may be "ans").
std::string display_value(std::string_view name, Value const& v, FormatOptions const& fmt);
// What disp(v) prints.
std::string disp_value(Value const& v, FormatOptions const& fmt);

} // namespace runmat::runtime
