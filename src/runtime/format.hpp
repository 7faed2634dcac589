// printf-style formatting as MATLAB's sprintf/fprintf: the format is reused while arguments
// remain (matrix arguments are flattened column-major), %d with a non-integer value falls
// back to %e/%f as MATLAB does, escapes (\n \t \\ %%) are processed in the format.
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <span>
#include <string>

namespace runmat::runtime {

Result<std::string> format_printf(std::string_view format, std::span<Value const> args);
// Text of a char array (row), or error "MATLAB:...".
Result<std::string> value_to_utf8(Value const& v);

} // namespace runmat::runtime
