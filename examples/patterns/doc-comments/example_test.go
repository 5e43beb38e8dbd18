package doccomments_test

import (
	"fmt"

	doccomments "fieldguide.dev/examples/patterns/doc-comments"
)

// ExampleParse is shown by go doc and pkg.go.dev under Parse, and go test
// checks its output.
func ExampleParse() {
	t, err := doccomments.Parse("21.5C")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f°F\n", t.Fahrenheit())

	_, err = doccomments.Parse("hot")
	fmt.Println(err)
	// Output:
	// 70.7°F
	// parse "hot": doccomments: invalid temperature
}
