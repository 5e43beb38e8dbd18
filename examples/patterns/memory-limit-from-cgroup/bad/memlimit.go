//go:build bad

// Package bad gives the Go runtime a soft memory limit below the memory
// limit of the container it runs in.
package bad

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"
)

// region limit

// Limit returns the memory limit of the container: cgroup v2's memory.max,
// or else cgroup v1's memory.limit_in_bytes, where they are mounted.
// fsys is the root file system, os.DirFS("/"). ok is false when there is
// no limit.
func Limit(fsys fs.FS) (limit int64, ok bool, err error) {
	for _, name := range []string{"sys/fs/cgroup/memory.max", "sys/fs/cgroup/memory/memory.limit_in_bytes"} { // [!code highlight]
		data, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return 0, false, err
		}
		n, set, err := parseLimit(string(data))
		if err != nil {
			return 0, false, fmt.Errorf("/%s: %w", name, err)
		}
		return n, set, nil
	}
	return 0, false, nil
}

// endregion limit

// unlimitedV1 is where cgroup v1's "no limit" starts: it reports the
// largest int64 rounded down to a page, and pages are 4 to 64 KiB.
const unlimitedV1 = math.MaxInt64 &^ (1<<16 - 1)

// parseLimit reads a limit file: a number of bytes, or "max" (v2) for none.
func parseLimit(s string) (n int64, set bool, err error) {
	s = strings.TrimSpace(s)
	if s == "max" {
		return 0, false, nil
	}
	n, err = strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, false, fmt.Errorf("memory limit %q is not a number of bytes", s)
	}
	return n, n < unlimitedV1, nil
}
