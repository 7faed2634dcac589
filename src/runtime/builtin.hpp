// Builtin functions: the calling convention, the per-call context and the name table.
// Builtins are plain C++ functions; they never call back into the VM directly. A builtin that
// must wait (timers, host I/O) stores a ValueAwaitable in cx.pending and returns success: the
// VM then suspends the calling task and writes the awaitable's values to the outputs.
#pragma once
#include "async/executor.hpp"
#include "support/result.hpp"
#include "runtime/value.hpp"
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace runmat::async {
class HostIo; // async/host_io.hpp
} // namespace runmat::async

namespace runmat::runtime {

// `format` state (display layout).
struct FormatOptions {
    enum class Numeric : uint8_t { Short, Long, ShortE, LongE, ShortG, LongG };
    Numeric numeric = Numeric::Short;
    bool compact = false; // format compact vs loose (default loose)
};

class FileTable; // runtime/file_table.hpp

// State that builtins share across calls within a session.
struct RuntimeState {
    FormatOptions format;
    std::mt19937_64 rng { 0 };     // rng(seed) reseeds; MATLAB's default seed is 0 (twister)
    uint64_t rng_seed = 0;
    double tic_time = -1;          // seconds since epoch of the last tic, -1 if none
    std::string last_warning_id;
    std::string last_warning_msg;
    std::unordered_map<std::string, bool> warning_enabled; // id -> on/off ("all" key)
    std::string last_error_msg; // lasterr: the last error raised (caught or not)
    std::string last_error_id;
    std::shared_ptr<FileTable> files; // fopen's table (file_table(state) creates it); closes all files when the session ends
};

// What builtins may ask of the host/session. Implemented by the session layer.
class Environment {
public:
    virtual ~Environment() = default;
    virtual void write_out(std::string_view text) = 0;
    virtual void write_err(std::string_view text) = 0;
    // exist(name): 1 variable in the calling workspace, 2 file on the path, 5 builtin, 0 none.
    virtual int exist_kind(std::string_view name) = 0;
    virtual void add_path(std::string const& dir, bool at_end) = 0;
    virtual std::vector<std::string> path() const = 0;
    // File I/O for read_text_async/write_text_async (the host's worker pool natively).
    // Null: they read and write synchronously, still as futures.
    virtual std::shared_ptr<async::HostIo> host_io() { return nullptr; }
};

// A builtin's pending result. poll() is called on the executor thread with the task's waker.
// Ready yields the outputs (or an error). cancel() is called if the task is cancelled while
// the awaitable is pending; afterwards it is dropped without another poll.
class ValueAwaitable {
public:
    virtual ~ValueAwaitable() = default;
    virtual async::Poll<Result<std::vector<Value>>> poll(async::Context& cx) = 0;
    virtual void cancel() { }
};

class Continuation;

struct CallContext {
    RuntimeState& state;
    Environment& env;
    std::string_view name;   // the builtin's name as called (for "Error using NAME")
    int nargout = 0;         // outputs requested; 0 in statement context (then outs.size() == 1)
    std::unique_ptr<ValueAwaitable> pending; // set by a builtin that suspends
    std::unique_ptr<Continuation> continuation; // set by a builtin that calls MATLAB code (see below)
    // The calling MATLAB function's nargin/nargout (narginchk, nargoutchk); empty when the
    // caller is a script, the command line or a native frame.
    std::optional<uint32_t> caller_nargin;
    std::optional<uint32_t> caller_nargout;

    // Build an error attributed to this builtin (sets RuntimeError::raised_by).
    RuntimeError error(std::string id, std::string message) const
    {
        RuntimeError e = make_error(std::move(id), std::move(message));
        e.raised_by = std::string(name);
        return e;
    }
};

// A builtin writes outs[0..k) for the k outputs it produces (k >= 1 if it has any output,
// even when cx.nargout == 0). outs.size() == max(1, nargout). Unwritten outs stay undefined;
// the VM reports "Too many output arguments." if a requested one is missing.
using Args = std::span<Value const>;
using Outs = std::span<Value>;

// A call a Continuation asks the VM to make: `callee` is a function handle or a char row
// naming a function; its outputs come back through the next resume().
struct CallRequest {
    Value callee;
    std::vector<Value> args;
    int nargout = 1;
};

// Builtins that call MATLAB code (cellfun, arrayfun, solvers) must not call the VM
// recursively: a callee that suspends (an await, a pause) would pin the C++ stack. Instead
// such a builtin stores a Continuation in cx.continuation and returns success. The VM keeps
// it as a native frame of the MATLAB call stack and drives it: resume() is called first with
// `results` empty, then once after each requested call completes, with that call's outputs.
// It returns true when finished (having written `outs` as a builtin would), or false after
// filling `next` with the call to make. Errors returned raise in the builtin's caller; errors
// raised by a requested call unwind through the native frame (it is destroyed).
class Continuation {
public:
    virtual ~Continuation() = default;
    virtual Result<bool> resume(CallContext& cx, std::span<Value> results, Outs outs, CallRequest& next) = 0;
    // cellfun's 'ErrorHandler': while handles_errors() is true, an error raised by the
    // requested call (at any depth inside it) stops unwinding at this native frame and is
    // handed to resume_error() in place of the next resume(). Cancellation never is.
    virtual bool handles_errors() const { return false; }
    virtual Result<bool> resume_error(CallContext&, RuntimeError error, Outs, CallRequest&) { return Result<bool>(std::move(error)); }
};
using BuiltinFn = VoidResult (*)(CallContext& cx, Args args, Outs outs);

struct BuiltinSpec {
    std::string_view name;
    BuiltinFn fn = nullptr;
    int min_in = 0;
    int max_in = -1;  // -1: any number
    int max_out = 1;  // -1: any number
};

class BuiltinTable {
public:
    void add(BuiltinSpec spec);
    BuiltinSpec const* find(std::string_view name) const;
    // Stable index for compiled calls.
    int index_of(std::string_view name) const;
    BuiltinSpec const& at(int index) const { return m_specs[static_cast<size_t>(index)]; }
    size_t size() const { return m_specs.size(); }

private:
    std::vector<BuiltinSpec> m_specs;
    std::unordered_map<std::string_view, int> m_index;
};

// The session running on this thread: set by the VM each time it polls an execution, so code
// without a CallContext (operators that warn, e.g. mldivide on a singular matrix) can reach it.
struct ActiveSession {
    Environment* env = nullptr;
    RuntimeState* state = nullptr;
};
ActiveSession& active_session();
// Print "Warning: <message>" on stderr unless that warning id is off; records lastwarn.
void emit_warning(std::string_view id, std::string_view message);

// The table with every builtin registered (built once, on first use).
BuiltinTable const& builtins();

// Registration, one per builtins/<area>.cpp file.
void register_construct_builtins(BuiltinTable&); // zeros ones eye rand randn rng linspace colon repmat reshape cat horzcat vertcat
void register_query_builtins(BuiltinTable&);     // size numel length ndims isempty is* class isa double logical char isequal
void register_math_builtins(BuiltinTable&);      // abs sign sqrt exp log ... mod rem power hypot atan2 isnan ... real imag
void register_reduce_builtins(BuiltinTable&);    // sum prod cumsum cumprod max min mean median sort find any all
void register_linalg_builtins(BuiltinTable&);    // mtimes mldivide mrdivide inv det transpose ctranspose norm trace rank kron dot cross
void register_format_builtins(BuiltinTable&);    // disp display fprintf sprintf num2str mat2str int2str
void register_error_builtins(BuiltinTable&);     // error warning assert lasterr MException throw rethrow getReport addCause narginchk nargoutchk
void register_misc_builtins(BuiltinTable&);      // getenv str2double tic toc isvarname exist addpath format
void register_ops_builtins(BuiltinTable&);       // plus minus times ... eq ne lt ... and or not uminus (function forms of operators)
void register_constant_builtins(BuiltinTable&);  // pi Inf NaN eps i j realmax realmin flintmax
void register_integer_builtins(BuiltinTable&);   // int8 ... uint64 single intmax intmin cast idivide bitand bitor bitxor bitshift
void register_array_builtins(BuiltinTable&);     // unique ismember union intersect setdiff histc histcounts accumarray diff circshift flip* rot90 permute squeeze tri* diag meshgrid ndgrid sub2ind ind2sub nnz cummax cummin sortrows issorted dec2bin ...
void register_string_builtins(BuiltinTable&);    // strcat strsplit strjoin strrep strtrim upper lower strcmp* strfind contains regexp* cellstr num2cell str2num ...
void register_numeric_builtins(BuiltinTable&);   // magic primes factor gcd var std mode cov polyfit roots conv filter trapz interp1 gamma erf ...
void register_cell_builtins(BuiltinTable&);      // cell iscell deal
void register_struct_builtins(BuiltinTable&);    // struct fieldnames isfield isstruct rmfield getfield setfield orderfields struct2cell cell2struct
void register_validate_builtins(BuiltinTable&);  // validateattributes validatestring
void register_map_builtins(BuiltinTable&);       // containers.Map keys values isKey remove isobject
void register_higher_order_builtins(BuiltinTable&); // cellfun arrayfun structfun func2str (str2func: VM intrinsic)
void register_strings_class_builtins(BuiltinTable&); // string strings strlength ismissing missing compose ...; string support for the text builtins (registered last)
void register_async_builtins(BuiltinTable&);     // async sleep_ms yield_now join race with_timeout_ms with_cancel cancellation_token (await/spawn: VM intrinsics)
void register_async_io_builtins(BuiltinTable&);  // read_text_async write_text_async
void register_file_builtins(BuiltinTable&);     // fopen fclose fgetl fgets fread fwrite feof ftell fseek frewind fileread fullfile fileparts tempname isfile delete mkdir ...
void register_convert_builtins(BuiltinTable&);  // sscanf typecast

} // namespace runmat::runtime
