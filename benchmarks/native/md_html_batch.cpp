// The native peer of `galley batch --jobs 1` in benchmarks/speed: renders
// every *.md file of a folder with md4c's md_html (Debian's libmd4c-html) and
// writes OUTDIR/<name>.html, one file after the other. Files are read and
// written with the galley CLI's own file_io, so both sides pay the same for
// I/O per article.
//   galley_md_html_batch INDIR OUTDIR
#include <md4c-html.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include <galley/options.hpp>

#include "file_io.hpp"

namespace fs = std::filesystem;

namespace {

void append_output(const MD_CHAR* text, MD_SIZE size, void* userdata) {
  static_cast<std::string*>(userdata)->append(text, size);
}

std::vector<fs::path> markdown_files(const fs::path& directory) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: galley_md_html_batch INDIR OUTDIR\n");
    return 2;
  }
  try {
    const fs::path out_dir = argv[2];
    galley::cli::ensure_directory(out_dir.string());
    for (const fs::path& input : markdown_files(argv[1])) {
      // The same input limit as `galley batch` with default options.
      const std::string markdown = galley::cli::read_input(input.string(), galley::Limits{}.max_input_bytes);
      std::string html;
      // The Markdown extensions Galley enables: GFM tables, strikethrough,
      // task lists and permissive autolinks.
      if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append_output, &html, MD_DIALECT_GITHUB, 0) != 0) {
        std::fprintf(stderr, "md_html failed on %s\n", input.c_str());
        return 1;
      }
      galley::cli::write_file((out_dir / input.stem()).string() + ".html", html);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "galley_md_html_batch: %s\n", e.what());
    return 1;
  }
  return 0;
}
