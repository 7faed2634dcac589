// The session's side of eval/evalin and onCleanup: compiles text at run time for the VM
// (vm::Evaluator) and owns the session's registry of live onCleanup objects. Internal to the
// session layer; knows nothing about hosts.
#pragma once
#include "session/session.hpp"
#include "vm/vm.hpp"

namespace runmat::session {

class SessionEvaluator final : public vm::Evaluator {
public:
    explicit SessionEvaluator(SessionConfig const& config) : m_config(config) { }
    Result<vm::EvalCode> compile_eval(std::string_view text, std::vector<std::string> const& variables, uint32_t nout) override;
    Result<vm::Callee> cleanup_runner() override;
    std::vector<runtime::Value>& cleanups() override { return m_cleanups; }

private:
    SessionConfig const& m_config;
    std::shared_ptr<vm::Module> m_runner;   // compiled on first use
    std::vector<runtime::Value> m_cleanups; // one reference to each live onCleanup object
};

// The VM intrinsic a name denotes (eval, evalin, assignin, onCleanup), or Kind::None.
vm::Callee::Kind eval_intrinsic(std::string_view name);

} // namespace runmat::session
