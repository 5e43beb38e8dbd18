package reproduciblebuilds

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// region describe

// Describe says which build a binary is, from what the go command stamped
// into it: its module version, commit, commit time and Go version. For a
// --version flag or a /version endpoint:
//
//	bi, ok := debug.ReadBuildInfo()
//	if ok { fmt.Println(reproduciblebuilds.Describe(bi)) }
//
// A binary built outside a checkout, or with -buildvcs=false, says so
// instead of inventing a commit.
func Describe(bi *debug.BuildInfo) string {
	if bi == nil {
		return "unknown build"
	}
	var b strings.Builder
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	fmt.Fprintf(&b, "%s %s", bi.Main.Path, version)
	if rev := setting(bi, "vcs.revision"); rev != "" {
		fmt.Fprintf(&b, " (commit %.12s", rev)
		if t := setting(bi, "vcs.time"); t != "" {
			fmt.Fprintf(&b, ", %s", t)
		}
		if setting(bi, "vcs.modified") == "true" { // [!code highlight]
			b.WriteString(", with uncommitted changes")
		}
		b.WriteString(")")
	} else {
		b.WriteString(" (no commit recorded)")
	}
	if bi.GoVersion != "" {
		fmt.Fprintf(&b, " built with %s", bi.GoVersion)
	}
	return b.String()
}

// endregion describe

// setting returns a build setting the go command recorded, or "".
func setting(bi *debug.BuildInfo, key string) string {
	for _, s := range bi.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}
