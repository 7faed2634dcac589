// Loading compiled modules (constants materialised as Values, call-site caches, persistent
// storage) and the scalar fast paths of hot builtins.
#include "vm/scalar_fast.hpp"
#include "vm/vm.hpp"
#include "runtime/string_array.hpp"
#include <cmath>
#include <cstdint>

namespace runmat::vm {

using runtime::Value;

namespace {

Value materialise(bytecode::Constant const& c)
{
    switch (c.kind) {
    case bytecode::Constant::Kind::Num: return Value::scalar(c.re);
    case bytecode::Constant::Kind::Complex: return Value::complex(c.re, c.im);
    case bytecode::Constant::Kind::Char: return Value::char_row(c.text);
    case bytecode::Constant::Kind::String: return runtime::make_string(c.text);
    }
    return Value();
}

} // namespace

std::shared_ptr<Module> load_module(std::shared_ptr<bytecode::Module const> code, std::string file)
{
    auto m = std::make_shared<Module>();
    m->code = std::move(code);
    m->file = std::move(file);
    m->functions.resize(m->code->functions.size());
    for (size_t i = 0; i < m->functions.size(); ++i) {
        bytecode::Chunk const& c = m->code->functions[i];
        Function& f = m->functions[i];
        f.chunk = &c;
        f.module = m.get();
        f.file = m->file;
        f.constants.reserve(c.constants.size());
        for (auto const& k : c.constants)
            f.constants.push_back(materialise(k));
        f.sites.resize(c.num_sites);
        f.persistents.resize(c.num_persistents);
        bool anon = c.kind == bytecode::ChunkKind::Anonymous;
        f.simple = (c.kind == bytecode::ChunkKind::Function || anon) && c.varargin_slot < 0 && c.nargin_slot < 0 && c.nargout_slot < 0 && !c.is_async;
        f.ret_slot = anon ? static_cast<int32_t>(c.anon_out) : c.outputs.empty() ? -1 : static_cast<int32_t>(c.outputs[0]);
    }
    return m;
}

Function* Module::local_function(std::string_view name)
{
    auto it = code->local_functions.find(std::string(name));
    if (it == code->local_functions.end())
        return outer ? outer->local_function(name) : nullptr; // eval'd code sees its caller's
    return &functions[static_cast<size_t>(it->second)];
}

ScalarFast scalar_fast_path(std::string_view name, int nargs)
{
    for (auto const& e : fast::TABLE)
        if (e.name == name && e.nargs == nargs)
            return e.fn;
    return nullptr;
}

} // namespace runmat::vm
