#pragma once
// Video players of known providers, written from one fixed template: the
// `embed` typed block and the player iframes of HTML bodies both end up as
// exactly this markup, with an id checked against the provider's alphabet,
// so no URL from the input ever reaches an iframe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "serialize/html_writer.hpp"

namespace galley::sanitize {

enum class VideoProvider : std::uint8_t { youtube, vimeo };

struct VideoEmbed {
  VideoProvider provider;
  std::string id;
};

// "youtube" or "vimeo" (the names the policy and typed blocks use).
std::optional<VideoProvider> video_provider(std::string_view name);
std::string_view provider_name(VideoProvider provider);

// The embed for a provider name and id, when both are valid (YouTube: 11
// characters of A–Z a–z 0–9 _ -; Vimeo: 1–12 digits).
std::optional<VideoEmbed> video_embed(std::string_view provider, std::string_view id);

// The embed a player URL (an iframe src, references decoded) shows:
// http(s) or scheme-relative, on www.youtube.com, youtube.com,
// www.youtube-nocookie.com or youtube-nocookie.com with /embed/ID, or on
// player.vimeo.com with /video/ID. Query and fragment are not carried over.
std::optional<VideoEmbed> video_embed_from_url(std::string_view url);

// "galley-embed galley-embed-PROVIDER": the class of the template's figure.
std::string_view embed_figure_class(VideoProvider provider);
// The provider whose embed figure has exactly this class.
std::optional<VideoProvider> provider_of_figure_class(std::string_view class_value);

// `<iframe …></iframe>` of the template. An empty title becomes "YouTube
// video" or "Vimeo video".
void write_video_iframe(serialize::HtmlWriter& writer, const VideoEmbed& embed, std::string_view title);

// `<figure class="…">` and the iframe; the caller writes an optional
// figcaption and `</figure>`.
void write_video_embed_start(serialize::HtmlWriter& writer, const VideoEmbed& embed, std::string_view title);

}  // namespace galley::sanitize
