// The builtin table: registration and lookup.
#include "runtime/builtin.hpp"

namespace runmat::runtime {

void BuiltinTable::add(BuiltinSpec spec)
{
    auto it = m_index.find(spec.name);
    if (it != m_index.end()) {
        m_specs[static_cast<size_t>(it->second)] = spec; // later registration wins
        return;
    }
    m_index.emplace(spec.name, static_cast<int>(m_specs.size()));
    m_specs.push_back(spec);
}

BuiltinSpec const* BuiltinTable::find(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_specs[static_cast<size_t>(it->second)];
}

int BuiltinTable::index_of(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? -1 : it->second;
}

ActiveSession& active_session()
{
    thread_local ActiveSession s;
    return s;
}

void emit_warning(std::string_view id, std::string_view message)
{
    ActiveSession& s = active_session();
    if (s.state) {
        auto& on = s.state->warning_enabled;
        if (auto it = on.find("all"); it != on.end() && !it->second)
            return;
        if (auto it = on.find(std::string(id)); !id.empty() && it != on.end() && !it->second)
            return;
        s.state->last_warning_id = std::string(id);
        s.state->last_warning_msg = std::string(message);
    }
    if (s.env) {
        std::string text = "Warning: ";
        text += message;
        text += '\n';
        s.env->write_err(text);
    }
}

BuiltinTable const& builtins()
{
    static BuiltinTable const table = [] {
        BuiltinTable t;
        register_construct_builtins(t);
        register_query_builtins(t);
        register_math_builtins(t);
        register_reduce_builtins(t);
        register_linalg_builtins(t);
        register_format_builtins(t);
        register_error_builtins(t);
        register_validate_builtins(t);
        register_misc_builtins(t);
        register_ops_builtins(t);
        register_constant_builtins(t);
        register_integer_builtins(t);
        register_array_builtins(t);
        register_string_builtins(t);
        register_numeric_builtins(t);
        register_cell_builtins(t);
        register_struct_builtins(t);
        register_higher_order_builtins(t);
        register_async_builtins(t);
        register_async_io_builtins(t);
        register_map_builtins(t);
        register_file_builtins(t);
        register_convert_builtins(t);
        register_strings_class_builtins(t); // last: wraps text builtins registered above
        return t;
    }();
    return table;
}

} // namespace runmat::runtime
