package sharederr

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// A panicking save crashes the program, as in any goroutine (see the
// panic-in-goroutine pitfall); SaveAll writes no response and counts
// nothing that could overflow.

func TestSaveAllReportsEveryFailure(t *testing.T) {
	records := []Record{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	err := SaveAll(t.Context(), records, func(_ context.Context, r Record) error {
		if r.ID == "a" {
			return nil
		}
		return errors.New("disk full saving " + r.ID)
	})
	if err == nil {
		t.Fatal("SaveAll = nil, want an error")
	}
	for _, id := range []string{"b", "c"} {
		if err == nil || !strings.Contains(err.Error(), "saving "+id) {
			t.Errorf("SaveAll = %v, want the failure of %s in it", err, id)
		}
	}
	if strings.Contains(err.Error(), "save a:") {
		t.Errorf("SaveAll = %v, names a record that was saved", err)
	}
}

func TestErrorsAreInRecordOrder(t *testing.T) {
	records := make([]Record, 20)
	for i := range records {
		records[i].ID = fmt.Sprint(i)
	}
	err := SaveAll(t.Context(), records, func(_ context.Context, r Record) error { return errors.New("no") })
	if err == nil {
		t.Fatal("SaveAll = nil, want an error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 20 || lines[0] != "save 0: no" || lines[19] != "save 19: no" {
		t.Errorf("SaveAll = %q, want 20 errors in record order", lines)
	}
}

var errDiskFull = errors.New("disk full")

func TestCallersCanMatchEachError(t *testing.T) {
	err := SaveAll(t.Context(), []Record{{ID: "a"}, {ID: "b"}}, func(_ context.Context, r Record) error {
		if r.ID == "b" {
			return errDiskFull
		}
		return nil
	})
	if !errors.Is(err, errDiskFull) {
		t.Errorf("errors.Is(%v, errDiskFull) = false", err)
	}
}

func TestNoFailureIsNil(t *testing.T) {
	ok := func(context.Context, Record) error { return nil }
	for _, records := range [][]Record{nil, {}, {{ID: "a"}, {ID: "b"}}} {
		if err := SaveAll(t.Context(), records, ok); err != nil {
			t.Errorf("SaveAll(%v) = %v, want nil", records, err)
		}
	}
}

func TestCancelledContextReachesEverySave(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := SaveAll(ctx, []Record{{ID: "a"}, {ID: "b"}}, func(ctx context.Context, _ Record) error { return ctx.Err() })
	if err == nil || !errors.Is(err, context.Canceled) || strings.Count(err.Error(), "context canceled") != 2 {
		t.Errorf("SaveAll = %v, want context.Canceled for both records", err)
	}
}

func TestConcurrentCallers(t *testing.T) {
	var wg sync.WaitGroup
	for c := range 8 {
		wg.Go(func() {
			id := fmt.Sprint(c)
			err := SaveAll(t.Context(), []Record{{ID: id}, {ID: id + "x"}}, func(_ context.Context, r Record) error {
				return errors.New("fail " + r.ID)
			})
			if err == nil {
				t.Errorf("caller %d: SaveAll = nil, want an error", c)
				return
			}
			if got, want := err.Error(), fmt.Sprintf("save %s: fail %s\nsave %sx: fail %sx", id, id, id, id); got != want {
				t.Errorf("caller %d: SaveAll = %q, want %q", c, got, want)
			}
		})
	}
	wg.Wait()
}
