//go:build bad

package bad

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// region test

func TestSaveAllReportsEveryFailure(t *testing.T) {
	records := []Record{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	err := SaveAll(t.Context(), records, func(_ context.Context, r Record) error {
		if r.ID == "a" {
			return nil
		}
		return errors.New("disk full saving " + r.ID) // [!code highlight]
	})
	for _, id := range []string{"b", "c"} {
		if err == nil || !strings.Contains(err.Error(), "saving "+id) {
			t.Errorf("SaveAll = %v, want the failure of %s in it", err, id)
		}
	}
}

// endregion test
