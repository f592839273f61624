#pragma once
// A folder that is no stage: the check must reject it.
