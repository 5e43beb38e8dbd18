//go:build bad

// Package bad dereferences a pointer its own code knows may be nil.
package bad

import (
	"fmt"
	"os"
)

// User is a record that may be missing.
type User struct {
	Name string
}

// region display

// DisplayName returns the user's name.
//
// BUG: the nil check only logs and falls through, so a nil u is
// dereferenced on the next line: a runtime panic that takes the process
// down. staticcheck sees the check and reports the dereference (SA5011).
func DisplayName(u *User) string {
	if u == nil {
		fmt.Fprintln(os.Stderr, "DisplayName: nil user")
	}
	return u.Name // [!code highlight]
}

// endregion display
