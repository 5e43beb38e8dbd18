package errorwrapping_test

import (
	"fmt"

	errorwrapping "fieldguide.dev/examples/patterns/error-wrapping"
)

func ExampleConfig_Validate() {
	cfg := errorwrapping.Config{Workers: -1}
	fmt.Println(cfg.Validate())
	// Output:
	// addr is empty
	// workers = -1: need at least 1 worker
}
