// runmat: the command-line host. Runs a script file, `-e` code, or the interactive REPL.
// Knows the session API only (never VM internals). Exit status: 0 ok, 1 uncaught error,
// 2 usage error, 130 interrupted by Ctrl-C.
#include "hosts/cli/cli.hpp"
#include <cstdio>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace runmat;

static constexpr char const* USAGE = R"(Usage: runmat [options] [FILE.m [args...]]

Runs a MATLAB script file, code given with -e, or (with no FILE) an interactive prompt.

Options:
  -e CODE            run CODE and exit
  --compat MODE      'runmat' (default) or 'matlab' (reject RunMat's async extensions)
  -p, --path DIR     add DIR to the function search path (repeatable)
  --trace FILE.json  write a Chrome/Perfetto trace of tasks, polls and awaits
  --version          print the version and exit
  -h, --help         print this help and exit

Ctrl-C stops the running code ("Operation terminated by user"); in the REPL it then returns
to the prompt with the workspace intact, and at an empty prompt a second Ctrl-C exits.

Exit status: 0 on success, 1 on an uncaught error, 2 on a usage error, 130 when Ctrl-C
interrupted the script or -e code.
)";

static int usage_error(std::string const& msg)
{
    std::fprintf(stderr, "runmat: %s\n%s", msg.c_str(), "Try 'runmat --help' for more information.\n");
    return 2;
}

// Large numeric temporaries (a 1e7-element double array is 80 MB) would otherwise be mmap'd
// and unmapped on every operation, paying the page faults again each time. Serving them from
// the heap and never trimming it lets freed arrays be reused as they are.
//
// First touches of fresh memory cost a page fault per 4 KiB page, which on virtual machines
// is tens of microseconds (a burst of 100k spawned tasks, a growing array). So the heap
// reserves address space up front (untouched: no memory is used until written) and marks it
// for transparent huge pages: one fault then maps 2 MiB. Where THP is off or madvise fails,
// this is only a reservation.
static void tune_allocator()
{
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr size_t RESERVE = size_t(1) << 30;
    constexpr uintptr_t HUGE = uintptr_t(2) << 20;
    char* start = static_cast<char*>(sbrk(0));
    mallopt(M_TOP_PAD, static_cast<int>(RESERVE));
    void* volatile grow = malloc(64 * 1024); // a heap extension, by the pad (volatile: not elided)
    free(grow);
    mallopt(M_TOP_PAD, 128 * 1024);
    char* end = static_cast<char*>(sbrk(0));
    uintptr_t lo = (reinterpret_cast<uintptr_t>(start) + HUGE - 1) & ~(HUGE - 1);
    uintptr_t hi = reinterpret_cast<uintptr_t>(end) & ~(HUGE - 1);
    if (hi > lo)
        madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
#endif
}

int main(int argc, char** argv)
{
    tune_allocator();
    cli::Options opts;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (!opts.file.empty()) {
            opts.script_args.push_back(a);
            continue;
        }
        if (a == "-h" || a == "--help") {
            std::fputs(USAGE, stdout);
            return 0;
        }
        if (a == "--version") {
            std::printf("runmat %s\n", RUNMAT_VERSION);
            return 0;
        }
        if (a == "-e") {
            if (i + 1 >= argc)
                return usage_error("option -e needs an argument");
            opts.code = argv[++i];
            opts.has_code = true;
            continue;
        }
        if (a == "--compat") {
            if (i + 1 >= argc)
                return usage_error("option --compat needs an argument");
            std::string m = argv[++i];
            if (m == "matlab")
                opts.compat = session::CompatMode::Matlab;
            else if (m == "runmat")
                opts.compat = session::CompatMode::RunMat;
            else
                return usage_error("unknown --compat mode '" + m + "' (use 'runmat' or 'matlab')");
            continue;
        }
        if (a == "--trace") {
            if (i + 1 >= argc)
                return usage_error("option --trace needs a file name");
            opts.trace_file = argv[++i];
            continue;
        }
        if (a == "-p" || a == "--path") {
            if (i + 1 >= argc)
                return usage_error("option " + a + " needs an argument");
            opts.path.push_back(argv[++i]);
            continue;
        }
        if (a.size() > 1 && a[0] == '-')
            return usage_error("unknown option '" + a + "'");
        opts.file = a;
    }
    if (opts.has_code && !opts.file.empty())
        return usage_error("give either -e CODE or a FILE, not both");
    if (opts.has_code)
        return cli::run_code(opts);
    if (!opts.file.empty())
        return cli::run_file(opts);
    return cli::run_repl(opts);
}
