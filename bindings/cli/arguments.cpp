#include "arguments.hpp"

#include <array>
#include <charconv>
#include <vector>

namespace galley::cli {
namespace {

constexpr std::string_view kHelp =
    "Usage:\n"
    "  galley render FILE|- [--pretty] [--mode MODE] [--options FILE]\n"
    "                       [--html-out FILE] [--summary-out FILE]\n"
    "  galley batch DIR|FILE.ndjson|- -o OUTDIR [--incremental] [--jobs N] [--mode MODE]\n"
    "                                [--options FILE]\n"
    "  galley batch FILE.ndjson|- --ndjson-out FILE|- [--jobs N] [--mode MODE] [--options FILE]\n"
    "  galley sanitize [FILE|-] [--pretty] [--options FILE] [--html-out FILE]\n"
    "  galley commonmark-reference [FILE|-]\n"
    "  galley --help | --version\n"
    "\n"
    "Commands:\n"
    "  render      Render one article JSON document (- reads standard input) and print\n"
    "              {\"html\":...,\"summary\":{...},\"diagnostics\":[...]} on standard output.\n"
    "  batch       Render every *.json file in DIR (not recursive), or every line of an\n"
    "              NDJSON file, to OUTDIR/<name>.html and OUTDIR/<name>.summary.json, plus\n"
    "              OUTDIR/<name>.diagnostics.json when there were diagnostics. <name> is the\n"
    "              file's stem, or for NDJSON the article's \"id\" (else line-<n>), made\n"
    "              unique and safe as a file name. - reads NDJSON from standard input.\n"
    "              OUTDIR/index.json lists the rendered articles (id, name, title, url,\n"
    "              excerpt, reading time, tags, dates) in input order. Bad inputs do not\n"
    "              stop the batch: they are listed at the end. With --ndjson-out, batch\n"
    "              streams instead: one line out per line in, in input order, each\n"
    "              {\"id\",\"html\",\"summary\",\"diagnostics\"} or {\"id\",\"error\"}.\n"
    "  sanitize    Sanitize an HTML fragment (standard input by default) with the\n"
    "              options' policy and print {\"html\":...,\"diagnostics\":[...]}.\n"
    "  commonmark-reference\n"
    "              Print the CommonMark spec's reference HTML of Markdown (standard input\n"
    "              by default), for conformance checks only: raw HTML passes through\n"
    "              unsanitized, so never use it on untrusted input (render is the safe path).\n"
    "\n"
    "Options:\n"
    "  --mode MODE          fragment (default), article or document; wins over the\n"
    "                       options file\n"
    "  --options FILE       render options as JSON (docs/options.md; sanitize uses their\n"
    "                       policy and limits)\n"
    "  --pretty             indent the JSON output (render, sanitize)\n"
    "  --html-out FILE      also write the HTML to FILE (render, sanitize)\n"
    "  --summary-out FILE   also write the summary JSON to FILE (render)\n"
    "  -o, --output DIR     output folder, created if missing (batch)\n"
    "  --ndjson-out FILE|-  stream the results as NDJSON (batch, instead of -o)\n"
    "  --incremental        do not render again what the last batch into OUTDIR\n"
    "                       rendered from the same article and settings (batch -o)\n"
    "  -j, --jobs N         worker threads (batch; default: one per hardware thread)\n"
    "  -h, --help           show this help\n"
    "      --version        show the version\n"
    "\n"
    "Exit status: 0 success; 1 invalid input or a file that cannot be read or written\n"
    "(render and sanitize print the error on standard error as one JSON line; batch\n"
    "lists every failure and still renders the rest); 2 usage error.\n";

// Which commands accept an option, as a bit set.
constexpr unsigned bit(Command command) { return 1u << static_cast<unsigned>(command); }
constexpr unsigned kOptionsCommands = bit(Command::render) | bit(Command::sanitize) | bit(Command::batch);
constexpr unsigned kSingleInputCommands = bit(Command::render) | bit(Command::sanitize);

struct OptionSpec {
  std::string_view long_name;
  std::string_view short_name;
  unsigned commands;
  bool takes_value;
  void (*apply)(Arguments&, const std::string& value);
};

Mode parse_mode(const std::string& value) {
  for (Mode mode : {Mode::fragment, Mode::article, Mode::document}) {
    if (to_string(mode) == value) return mode;
  }
  throw UsageError("unknown mode '" + value + "' (expected fragment, article or document)");
}

unsigned parse_jobs(const std::string& value) {
  constexpr unsigned kMaxJobs = 1024;
  unsigned jobs = 0;
  const char* end = value.data() + value.size();
  const auto [stop, ec] = std::from_chars(value.data(), end, jobs);
  if (ec != std::errc() || stop != end || jobs == 0 || jobs > kMaxJobs) {
    throw UsageError("--jobs expects a whole number from 1 to " + std::to_string(kMaxJobs) +
                     ", not '" + value + "'");
  }
  return jobs;
}

const std::array<OptionSpec, 10> kOptions = {{
    {"--mode", "", bit(Command::render) | bit(Command::batch), true,
     [](Arguments& a, const std::string& v) { a.mode = parse_mode(v); }},
    {"--options", "", kOptionsCommands, true,
     [](Arguments& a, const std::string& v) { a.options_file = v; }},
    {"--pretty", "", kSingleInputCommands, false,
     [](Arguments& a, const std::string&) { a.pretty = true; }},
    {"--html-out", "", kSingleInputCommands, true,
     [](Arguments& a, const std::string& v) { a.html_out = v; }},
    {"--summary-out", "", bit(Command::render), true,
     [](Arguments& a, const std::string& v) { a.summary_out = v; }},
    {"--output", "-o", bit(Command::batch), true,
     [](Arguments& a, const std::string& v) { a.output_dir = v; }},
    {"--ndjson-out", "", bit(Command::batch), true,
     [](Arguments& a, const std::string& v) { a.ndjson_out = v; }},
    {"--incremental", "", bit(Command::batch), false,
     [](Arguments& a, const std::string&) { a.incremental = true; }},
    {"--jobs", "-j", bit(Command::batch), true,
     [](Arguments& a, const std::string& v) { a.jobs = parse_jobs(v); }},
    {"--help", "-h", ~0u, false,
     [](Arguments& a, const std::string&) { a.command = Command::help; }},
}};

const OptionSpec* find_option(std::string_view name) {
  for (const OptionSpec& spec : kOptions) {
    if (name == spec.long_name || (!spec.short_name.empty() && name == spec.short_name)) return &spec;
  }
  return nullptr;
}

Command parse_command(std::string_view word) {
  if (word == "render") return Command::render;
  if (word == "batch") return Command::batch;
  if (word == "sanitize") return Command::sanitize;
  if (word == "commonmark-reference") return Command::commonmark_reference;
  if (word == "--help" || word == "-h" || word == "help") return Command::help;
  if (word == "--version") return Command::version;
  throw UsageError("unknown command '" + std::string(word) + "'");
}

void check_positionals(const Arguments& args, const std::vector<std::string>& positionals) {
  const std::size_t count = positionals.size();
  switch (args.command) {
    case Command::help:
    case Command::version:
      if (count != 0) throw UsageError("unexpected argument '" + positionals[0] + "'");
      return;
    case Command::render:
      if (count != 1) throw UsageError("render takes exactly one input: FILE, or - for standard input");
      return;
    case Command::sanitize:
    case Command::commonmark_reference:
      if (count > 1) {
        throw UsageError(std::string(args.command == Command::sanitize ? "sanitize" : "commonmark-reference") +
                         " takes at most one input file");
      }
      return;
    case Command::batch:
      if (count != 1) throw UsageError("batch takes exactly one input: a folder or an NDJSON file");
      if (!args.ndjson_out.empty()) {
        if (!args.output_dir.empty()) throw UsageError("batch writes either a folder (-o) or NDJSON (--ndjson-out), not both");
        if (args.incremental) throw UsageError("--incremental needs an output folder (-o), not --ndjson-out");
        return;
      }
      if (args.output_dir.empty()) throw UsageError("batch needs an output folder (-o OUTDIR) or --ndjson-out FILE|-");
      return;
  }
}

}  // namespace

Arguments parse_arguments(int argc, const char* const* argv) {
  if (argc < 2) throw UsageError("no command given");
  Arguments args;
  const Command command = parse_command(argv[1]);
  args.command = command;
  std::vector<std::string> positionals;
  for (int i = 2; i < argc; ++i) {
    std::string word = argv[i];
    if (word.size() < 2 || word[0] != '-') {  // "-" alone is standard input
      positionals.push_back(std::move(word));
      continue;
    }
    std::string value;
    bool inline_value = false;
    if (const std::size_t eq = word.find('='); word.compare(0, 2, "--") == 0 && eq != std::string::npos) {
      value = word.substr(eq + 1);
      word.resize(eq);
      inline_value = true;
    }
    const OptionSpec* spec = find_option(word);
    if (spec == nullptr) throw UsageError("unknown option '" + word + "'");
    if ((spec->commands & bit(command)) == 0) {
      throw UsageError("option " + word + " does not apply to this command");
    }
    if (spec->takes_value && !inline_value) {
      if (i + 1 >= argc) throw UsageError("option " + word + " needs a value");
      value = argv[++i];
    } else if (!spec->takes_value && inline_value) {
      throw UsageError("option " + word + " takes no value");
    }
    if (spec->takes_value && value.empty()) throw UsageError("option " + word + " needs a value");
    spec->apply(args, value);
  }
  if (args.command == Command::help) return args;
  check_positionals(args, positionals);
  if (!positionals.empty()) args.input = positionals[0];
  else if (command == Command::commonmark_reference || command == Command::sanitize) args.input = "-";
  return args;
}

std::string_view help_text() { return kHelp; }

}  // namespace galley::cli
