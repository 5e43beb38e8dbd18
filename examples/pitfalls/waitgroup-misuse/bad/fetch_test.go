//go:build bad

package bad

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

// region test

func TestFetchAllWaitsForEveryFetch(t *testing.T) {
	// On one processor the loop reaches Wait before any goroutine runs, so
	// the race this code loses now and then is lost every time.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	urls := []string{"/a", "/b", "/c", "/d"}
	got := FetchAll(urls, func(url string) string { // [!code highlight]
		time.Sleep(10 * time.Millisecond)
		return "body of " + url
	})
	want := []string{"body of /a", "body of /b", "body of /c", "body of /d"}
	if !slices.Equal(got, want) {
		t.Errorf("FetchAll = %q, want %q", got, want)
	}
}

// endregion test
