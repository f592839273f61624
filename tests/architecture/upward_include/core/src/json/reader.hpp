#pragma once
// The JSON reader reaching up into the summary: the check must reject it.
#include "summary/metadata.hpp"
