//go:build bad

package bad

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"
)

// cgroup2 is a mountinfo line for cgroup v2 mounted at /sys/fs/cgroup with
// the given cgroup as its root.
func cgroup2(root string) string {
	return "30 23 0:26 " + root + " /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n"
}

// machine builds a root file system from /proc/self files and limit files.
func machine(cgroup, mountinfo string, files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"proc/self/cgroup":    {Data: []byte(cgroup)},
		"proc/self/mountinfo": {Data: []byte("22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n" + mountinfo)},
	}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

const (
	mib = 1 << 20
	gib = 1 << 30
)

// region limit-test

func TestLimit(t *testing.T) {
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want int64 // 0: no limit
	}{
		{"container with its own cgroup namespace", machine("0::/\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/memory.max": "536870912\n",
		}), 512 * mib},
		{"systemd service with MemoryMax=256M", machine("0::/system.slice/api.service\n", cgroup2("/"), map[string]string{ // [!code highlight]
			"sys/fs/cgroup/system.slice/memory.max":             "max\n",
			"sys/fs/cgroup/system.slice/api.service/memory.max": "268435456\n",
		}), 256 * mib},
		{"slice limit below the service's", machine("0::/apps.slice/api.service\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/apps.slice/memory.max":             "1073741824\n",
			"sys/fs/cgroup/apps.slice/api.service/memory.max": "2147483648\n",
		}), 1 * gib},
		{"service limit below the slice's", machine("0::/apps.slice/api.service\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/apps.slice/memory.max":             "1073741824\n",
			"sys/fs/cgroup/apps.slice/api.service/memory.max": "268435456\n",
		}), 256 * mib},
		{"a docker container without its own cgroup namespace", machine("0::/system.slice/docker-3f2a.scope\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/system.slice/memory.max":                   "max\n",
			"sys/fs/cgroup/system.slice/docker-3f2a.scope/memory.max": "805306368\n",
		}), 768 * mib},
		{"no limit at any level", machine("0::/user.slice/session-2.scope\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/user.slice/memory.max":                 "max\n",
			"sys/fs/cgroup/user.slice/session-2.scope/memory.max": "max\n",
		}), 0},
		{"cgroup v1", machine("5:memory:/docker/3f2a\n4:cpu,cpuacct:/docker/3f2a\n",
			"35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n", map[string]string{
				"sys/fs/cgroup/memory/memory.limit_in_bytes":             "9223372036854771712\n",
				"sys/fs/cgroup/memory/docker/memory.limit_in_bytes":      "9223372036854771712\n",
				"sys/fs/cgroup/memory/docker/3f2a/memory.limit_in_bytes": "805306368\n",
			}), 768 * mib},
		{"cgroup v1 with no limit", machine("5:memory:/\n",
			"35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n", map[string]string{
				"sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
			}), 0},
		{"cgroup v1 with no limit on 64 KiB pages", machine("5:memory:/\n",
			"35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n", map[string]string{
				"sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854710272\n",
			}), 0},
		{"a mount of another part of the hierarchy first", machine("0::/a/b\n",
			"40 23 0:26 /other /mnt/other rw - cgroup2 cgroup2 rw\n"+cgroup2("/"), map[string]string{
				"sys/fs/cgroup/a/b/memory.max": "536870912\n",
			}), 512 * mib},
		{"a cgroup name ending in a space", machine("0::/svc \n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/svc /memory.max": "268435456\n",
		}), 256 * mib},
		{"a mountinfo line longer than 64 KiB", machine("0::/\n",
			"25 22 0:40 / /merged rw - overlay overlay rw,lowerdir="+strings.Repeat("/l", 40000)+"\n"+cgroup2("/"), map[string]string{
				"sys/fs/cgroup/memory.max": "536870912\n",
			}), 512 * mib},
		{"v1 memory beside a v2 mount (hybrid)", machine("4:memory:/svc\n0::/\n",
			"35 31 0:32 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n41 31 0:38 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n", map[string]string{
				"sys/fs/cgroup/memory/svc/memory.limit_in_bytes": "104857600\n",
				"sys/fs/cgroup/unified/memory.max":               "1\n",
			}), 100 * mib},
		{"mounted below the cgroup root", machine("0::/lxc/c1/app\n", cgroup2("/lxc/c1"), map[string]string{
			"sys/fs/cgroup/memory.max":     "1073741824\n",
			"sys/fs/cgroup/app/memory.max": "max\n",
		}), 1 * gib},
		{"cgroup v1 with only the container's group mounted", machine("5:memory:/docker/3f2a\n",
			"35 31 0:32 /docker/3f2a /sys/fs/cgroup/memory ro - cgroup cgroup rw,memory\n", map[string]string{
				"sys/fs/cgroup/memory/memory.limit_in_bytes": "805306368\n",
			}), 768 * mib},
		{"cgroup v1 in a child group (this site's build machine)", machine("5:memory:/test\n",
			"35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n", map[string]string{
				"sys/fs/cgroup/memory/memory.limit_in_bytes":      "9223372036854771712\n",
				"sys/fs/cgroup/memory/test/memory.limit_in_bytes": "536870912\n",
			}), 512 * mib},
		{"a mount point with a space", machine("0::/\n", "30 23 0:26 / /run/my\\040cgroups rw - cgroup2 cgroup2 rw\n", map[string]string{
			"run/my cgroups/memory.max": "67108864",
		}), 64 * mib},
	} {
		t.Run(tc.name, func(t *testing.T) {
			limit, ok, err := Limit(tc.fsys)
			if err != nil {
				t.Fatal(err)
			}
			if ok != (tc.want != 0) || limit != tc.want && ok {
				t.Errorf("Limit = %d, %v; want %d", limit, ok, tc.want)
			}
		})
	}
}

// endregion limit-test

func TestLimitErrors(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		fsys       fstest.MapFS
	}{
		{"no /proc (not Linux)", "proc/self/cgroup", fstest.MapFS{}},
		{"a limit that is not a number", "/sys/fs/cgroup/memory.max", machine("0::/\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/memory.max": "512M\n",
		})},
		{"a negative limit", "not a number of bytes", machine("0::/\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/memory.max": "-1\n",
		})},
		{"no cgroup mounted", "no cgroup memory mount", machine("0::/\n", "", nil)},
		{"no memory cgroup named", "names no memory cgroup", machine("4:cpu:/x\n", cgroup2("/"), nil)},
		{"own cgroup outside the mounted one", "no cgroup mount holds /other", machine("0::/other\n", cgroup2("/kubepods"), nil)},
		{"a cgroup whose name only starts like the mounted one", "no cgroup mount holds", machine("0::/kubepods2/ctr\n", cgroup2("/kubepods"), nil)},
		{"own cgroup outside the cgroup namespace", "outside this cgroup namespace", machine("0::/../sib\n", cgroup2("/"), nil)},
		{"own cgroup deleted", "/svc (deleted)", machine("0::/svc (deleted)\n", cgroup2("/"), map[string]string{
			"sys/fs/cgroup/memory.max": "max\n",
		})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ok, err := Limit(tc.fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) || ok {
				t.Errorf("Limit: ok %v, error %v; want an error with %q", ok, err, tc.want)
			}
		})
	}
}

// restoreLimit puts the process's memory limit back after a test sets it.
func restoreLimit(t *testing.T) {
	previous := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(previous) })
}

func TestApplySetsARatioOfTheLimit(t *testing.T) {
	restoreLimit(t)
	t.Setenv("GOMEMLIMIT", "")
	fsys := machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": "1073741824\n"})
	set, err := Apply(fsys, 0.9)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(966367641); set != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("Apply set %d, runtime limit %d; want %d", set, debug.SetMemoryLimit(-1), want)
	}
}

func TestApplyLeavesAnOperatorsGOMEMLIMITAlone(t *testing.T) {
	fsys := machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": "1073741824\n"})
	for _, value := range []string{"400MiB", "off"} {
		restoreLimit(t)
		before := debug.SetMemoryLimit(-1)
		t.Setenv("GOMEMLIMIT", value)
		if set, err := Apply(fsys, 0.9); set != 0 || err != nil || debug.SetMemoryLimit(-1) != before {
			t.Errorf("GOMEMLIMIT=%s: Apply set %d (%v), runtime limit %d, was %d", value, set, err, debug.SetMemoryLimit(-1), before)
		}
	}
}

func TestApplyWithoutALimitSetsNothing(t *testing.T) {
	restoreLimit(t)
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	for _, fsys := range []fstest.MapFS{
		machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": "max\n"}),
		{},
	} {
		set, _ := Apply(fsys, 0.9)
		if set != 0 || debug.SetMemoryLimit(-1) != before {
			t.Errorf("Apply set %d, runtime limit %d, was %d", set, debug.SetMemoryLimit(-1), before)
		}
	}
}

func TestApplyRefusesARatioOutsideZeroToOne(t *testing.T) {
	restoreLimit(t)
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	fsys := machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": "1073741824\n"})
	for _, ratio := range []float64{0, -0.5, 1.5, math.NaN(), math.Inf(1)} {
		if _, err := Apply(fsys, ratio); err == nil || debug.SetMemoryLimit(-1) != before {
			t.Errorf("ratio %v: error %v, runtime limit %d", ratio, err, debug.SetMemoryLimit(-1))
		}
	}
}

func TestApplyRefusesASoftLimitOfNothing(t *testing.T) {
	restoreLimit(t)
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	for _, tc := range []struct {
		limit string
		ratio float64
	}{{"0", 0.9}, {"4096", 1e-9}} {
		fsys := machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": tc.limit})
		if set, err := Apply(fsys, tc.ratio); err == nil || set != 0 || debug.SetMemoryLimit(-1) != before {
			t.Errorf("limit %s, ratio %v: Apply = %d, %v; runtime limit %d", tc.limit, tc.ratio, set, err, debug.SetMemoryLimit(-1))
		}
	}
}

func TestApplyWithTheLargestLimitDoesNotOverflow(t *testing.T) {
	restoreLimit(t)
	t.Setenv("GOMEMLIMIT", "")
	fsys := machine("0::/\n", cgroup2("/"), map[string]string{"sys/fs/cgroup/memory.max": "9223372036854710271\n"})
	set, err := Apply(fsys, 1)
	if err != nil || set <= 0 || set > 9223372036854710271 {
		t.Errorf("Apply = %d, %v", set, err)
	}
}
