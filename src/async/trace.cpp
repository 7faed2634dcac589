// Tracer: collects trace events in memory and writes the Chrome JSON trace event format.
#include "async/trace.hpp"
#include <cstdio>

namespace runmat::async {

namespace {

void append_json_string(std::string& out, std::string_view s)
{
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

} // namespace

Tracer::Tracer() : m_origin(std::chrono::steady_clock::now()) { }

uint64_t Tracer::now_us() const
{
    auto d = std::chrono::steady_clock::now() - m_origin;
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(d).count());
}

void Tracer::push(Event e)
{
    std::lock_guard lock(m_mutex);
    m_events.push_back(std::move(e));
}

void Tracer::name_track(uint64_t track, std::string_view name)
{
    push({ 'M', track, 0, 0, 0, "thread_name", "", std::string(name) });
}

void Tracer::span(uint64_t track, std::string_view name, std::string_view category, uint64_t start_us, uint64_t end_us, std::string_view detail)
{
    push({ 'X', track, start_us, end_us > start_us ? end_us - start_us : 0, 0, std::string(name), std::string(category), std::string(detail) });
}

void Tracer::instant(uint64_t track, std::string_view name, std::string_view category, std::string_view detail)
{
    push({ 'i', track, now_us(), 0, 0, std::string(name), std::string(category), std::string(detail) });
}

void Tracer::flow_begin(uint64_t from_track, uint64_t id)
{
    push({ 's', from_track, now_us(), 0, id, "spawn", "task", "" });
}

void Tracer::flow_end(uint64_t to_track, uint64_t id)
{
    push({ 'f', to_track, now_us(), 0, id, "spawn", "task", "" });
}

size_t Tracer::event_count() const
{
    std::lock_guard lock(m_mutex);
    return m_events.size();
}

std::string Tracer::to_json() const
{
    std::lock_guard lock(m_mutex);
    std::string out = "{\"traceEvents\":[\n";
    bool first = true;
    for (Event const& e : m_events) {
        if (!first)
            out += ",\n";
        first = false;
        out += "{\"ph\":\"";
        out += e.phase;
        out += "\",\"pid\":1,\"tid\":" + std::to_string(e.track);
        if (e.phase == 'M') {
            out += ",\"name\":\"thread_name\",\"args\":{\"name\":";
            append_json_string(out, e.detail);
            out += "}}";
            continue;
        }
        out += ",\"ts\":" + std::to_string(e.ts) + ",\"name\":";
        append_json_string(out, e.name);
        out += ",\"cat\":";
        append_json_string(out, e.category.empty() ? std::string_view("task") : std::string_view(e.category));
        if (e.phase == 'X')
            out += ",\"dur\":" + std::to_string(e.dur);
        if (e.phase == 'i')
            out += ",\"s\":\"t\"";
        if (e.phase == 's' || e.phase == 'f')
            out += ",\"id\":" + std::to_string(e.id);
        if (e.phase == 'f')
            out += ",\"bp\":\"e\"";
        if (!e.detail.empty()) {
            out += ",\"args\":{\"detail\":";
            append_json_string(out, e.detail);
            out += '}';
        }
        out += '}';
    }
    out += "\n],\"displayTimeUnit\":\"ms\"}\n";
    return out;
}

} // namespace runmat::async
