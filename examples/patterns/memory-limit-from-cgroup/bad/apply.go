//go:build bad

package bad

import (
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
)

// region apply

// Apply sets the runtime's soft memory limit to ratio (say 0.9) of the
// cgroup's limit, leaving the rest for memory the runtime does not manage:
// cgo and syscall.Mmap memory, tmpfs and /dev/shm files, kernel memory.
// A GOMEMLIMIT in the environment, "off" included, is the operator's choice
// and is left alone; an empty one means no limit to the runtime, as if unset. It returns the limit
// it set, 0 when it set none, for the startup log.
func Apply(fsys fs.FS, ratio float64) (int64, error) {
	if !(ratio > 0 && ratio <= 1) { // also refuses NaN
		return 0, fmt.Errorf("memlimit: ratio %v is not in (0, 1]", ratio)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0, nil
	}
	limit, ok, err := Limit(fsys)
	if err != nil || !ok {
		return 0, err
	}
	// float64 rounds large limits up; min keeps the soft limit at or below
	// the cgroup's. The product stays below 2⁶³, as limit < unlimitedV1.
	soft := min(limit, int64(float64(limit)*ratio))
	if soft <= 0 {
		return 0, fmt.Errorf("memlimit: %v of a %d-byte limit leaves no memory", ratio, limit)
	}
	debug.SetMemoryLimit(soft)
	return soft, nil
}

// endregion apply
