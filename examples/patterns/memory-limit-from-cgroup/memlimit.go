// Package memlimit gives the Go runtime a soft memory limit below the memory
// limit of the cgroup the process runs in, so the garbage collector works
// harder before the kernel kills the process.
package memlimit

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"
)

// region limit

// Limit returns the memory limit of the cgroup this process is in: the
// lowest limit from its own cgroup up to the top of the mounted hierarchy,
// since a container runtime or systemd may set it at any level. It follows
// /proc/self/cgroup and /proc/self/mountinfo, for cgroup v2 and for cgroup
// v1's memory controller. fsys is the root file system, os.DirFS("/").
// ok is false when no level has a limit.
func Limit(fsys fs.FS) (limit int64, ok bool, err error) {
	group, v2, err := ownGroup(fsys)
	if err != nil {
		return 0, false, err
	}
	// A cgroup outside the process's cgroup namespace shows as /../path.
	if group == "/.." || strings.HasPrefix(group, "/../") {
		return 0, false, fmt.Errorf("cgroup %s is outside this cgroup namespace", group)
	}
	m, err := findMount(fsys, group, v2)
	if err != nil {
		return 0, false, err
	}
	leaf := path.Join(m.point, strings.TrimPrefix(group, m.root))
	if _, err := fs.Stat(fsys, leaf); err != nil {
		return 0, false, fmt.Errorf("cgroup %s: %w", group, err)
	}
	file := "memory.limit_in_bytes"
	if v2 {
		file = "memory.max"
	}
	limit = math.MaxInt64
	for dir := leaf; ; dir = path.Dir(dir) { // [!code highlight]
		data, err := fs.ReadFile(fsys, path.Join(dir, file))
		switch {
		case errors.Is(err, fs.ErrNotExist): // the root cgroup has no limit file
		case err != nil:
			return 0, false, err
		default:
			n, set, err := parseLimit(string(data))
			if err != nil {
				return 0, false, fmt.Errorf("/%s: %w", path.Join(dir, file), err)
			}
			if set {
				limit = min(limit, n)
			}
		}
		if dir == m.point || dir == "." {
			break
		}
	}
	if limit == math.MaxInt64 {
		return 0, false, nil
	}
	return limit, true, nil
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

// ownGroup reads the process's cgroup from /proc/self/cgroup: the v1 memory
// controller's line if there is one, since a controller lives in one
// hierarchy only, and else the v2 line, "0::/path".
func ownGroup(fsys fs.FS) (group string, v2 bool, err error) {
	data, err := fs.ReadFile(fsys, "proc/self/cgroup")
	if err != nil {
		return "", false, err
	}
	for line := range strings.Lines(string(data)) {
		// 4:memory:/docker/3f2a or 0::/system.slice/api.service; a cgroup's
		// name may end in a space, so only the newline goes.
		id, rest, _ := strings.Cut(strings.TrimSuffix(line, "\n"), ":")
		controllers, p, found := strings.Cut(rest, ":")
		switch {
		case !found:
		case hasItem(controllers, "memory"):
			return p, false, nil
		case id == "0" && controllers == "":
			group, v2 = p, true
		}
	}
	if !v2 {
		return "", false, errors.New("/proc/self/cgroup names no memory cgroup")
	}
	return group, true, nil
}

type mount struct {
	point string // where it is mounted, relative to fsys
	root  string // the cgroup path mounted there
}

// findMount finds, in /proc/self/mountinfo, a mount of the cgroup v2 file
// system, or of the v1 hierarchy holding the memory controller, whose root
// holds group.
func findMount(fsys fs.FS, group string, v2 bool) (mount, error) {
	data, err := fs.ReadFile(fsys, "proc/self/mountinfo")
	if err != nil {
		return mount{}, err
	}
	found := false
	for line := range strings.Lines(string(data)) {
		// 35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
		before, after, _ := strings.Cut(line, " - ")
		fields, source := strings.Fields(before), strings.Fields(after)
		if len(fields) < 5 || len(source) < 3 {
			continue
		}
		if !(v2 && source[0] == "cgroup2" || !v2 && source[0] == "cgroup" && hasItem(source[2], "memory")) {
			continue
		}
		found = true
		root := unescape(fields[3])
		if root != "/" && group != root && !strings.HasPrefix(group, root+"/") {
			continue // a mount of another part of the hierarchy
		}
		point := strings.TrimPrefix(unescape(fields[4]), "/")
		if point == "" {
			point = "."
		}
		return mount{point: point, root: root}, nil
	}
	if found {
		return mount{}, fmt.Errorf("no cgroup mount holds %s", group)
	}
	return mount{}, errors.New("/proc/self/mountinfo has no cgroup memory mount")
}

// hasItem reports whether a comma-separated list holds item.
func hasItem(list, item string) bool {
	for s := range strings.SplitSeq(list, ",") {
		if s == item {
			return true
		}
	}
	return false
}

// unescape undoes mountinfo's octal escapes: a space is \040.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
