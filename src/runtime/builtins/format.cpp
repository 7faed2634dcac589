// Placeholder: replaced by the owner of this area.
#include "runtime/builtin.hpp"
namespace runmat::runtime {
void register_format_builtins(BuiltinTable&) { }
}
