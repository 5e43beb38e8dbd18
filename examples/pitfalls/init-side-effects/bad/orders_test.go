//go:build bad

package bad

import "testing"

// The same test as the Good package's: it needs no database.
func TestKey(t *testing.T) {
	if got := Key("ada", 42); got != "order:ada:42" {
		t.Errorf("Key = %q", got)
	}
}
