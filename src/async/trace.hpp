// Tracer: records what tasks did (poll spans, awaits, spawn/cancel/complete) as Chrome /
// Perfetto "trace event format" JSON. One track (tid) per task; track 0 is the top-level
// execution. Host-neutral: hosts decide where the JSON goes. Recording is off unless a
// host installs a Tracer, so untraced runs pay one null-pointer test per poll/await.
#pragma once
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::async {

class Tracer {
public:
    Tracer();

    // Microseconds since the tracer was created (the trace's time origin).
    uint64_t now_us() const;

    // Name a track ("task 3: @()fetch(u)"); shown as the thread name in Perfetto.
    void name_track(uint64_t track, std::string_view name);
    // A span [start_us, end_us) on `track`. `detail` is shown as the event's "detail" arg.
    void span(uint64_t track, std::string_view name, std::string_view category, uint64_t start_us, uint64_t end_us, std::string_view detail = {});
    // A point event on `track`.
    void instant(uint64_t track, std::string_view name, std::string_view category, std::string_view detail = {});
    // An arrow from the current moment on `from_track` to the next event on `to_track`
    // (spawn -> the task's first poll). `id` must be unique per arrow (the task number).
    void flow_begin(uint64_t from_track, uint64_t id);
    void flow_end(uint64_t to_track, uint64_t id);

    size_t event_count() const;
    // {"traceEvents":[...],"displayTimeUnit":"ms"}: loadable by ui.perfetto.dev and
    // chrome://tracing.
    std::string to_json() const;

private:
    struct Event {
        char phase;        // 'X' span, 'i' instant, 'M' metadata, 's'/'f' flow
        uint64_t track;
        uint64_t ts;
        uint64_t dur;      // 'X' only
        uint64_t id;       // flows only
        std::string name;
        std::string category;
        std::string detail;
    };
    void push(Event e);

    std::chrono::steady_clock::time_point m_origin;
    mutable std::mutex m_mutex; // hosts may record from their worker threads
    std::vector<Event> m_events;
};

} // namespace runmat::async
