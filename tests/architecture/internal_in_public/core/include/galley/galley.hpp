#pragma once
// A public header that includes an internal one: the check must reject it.
#include "json/value.hpp"
