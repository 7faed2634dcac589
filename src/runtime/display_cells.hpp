// Display of cells and structs in MATLAB's layout ("1×2 cell array", "struct with fields:").
// Element texts reuse display_value's number formatting. Knows nothing about the VM.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include <string>
#include <string_view>

namespace runmat::runtime {

std::string display_container(std::string_view name, Value const& v, FormatOptions const& fmt);
std::string disp_container(Value const& v, FormatOptions const& fmt);

} // namespace runmat::runtime
