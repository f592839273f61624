#pragma once
// The metadata header the JSON reader includes.
#include "json/value.hpp"
