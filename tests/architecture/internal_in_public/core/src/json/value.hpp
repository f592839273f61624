#pragma once
// The internal header the public one includes.
