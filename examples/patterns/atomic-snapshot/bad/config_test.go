//go:build bad

package bad

import (
	"sync"
	"testing"
)

// region test

func TestTwoAdminsSetLimitsAtOnce(t *testing.T) {
	var s Store
	s.Publish(&Config{Limits: map[string]int{"mobile": 10}})
	var wg sync.WaitGroup
	for _, client := range []string{"mobile", "web"} {
		wg.Go(func() {
			s.SetLimit(client, 20) // [!code highlight]
		})
	}
	wg.Wait()
}

// endregion test
