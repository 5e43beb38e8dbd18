//go:build go1.19

// region package

// Package doccomments converts temperatures between Celsius and Fahrenheit.
// It is the example for doc comments: every exported name has one, and each
// starts with the name it documents.
//
// # Parsing
//
// [Parse] accepts a number followed by a unit:
//
//   - "21.5C" for degrees Celsius
//   - "70.7F" for degrees Fahrenheit
//
// Anything else is reported as [ErrSyntax], which callers test with
// [errors.Is]:
//
//	t, err := doccomments.Parse("21.5C")
//	if errors.Is(err, doccomments.ErrSyntax) {
//		// ask again
//	}
package doccomments

// endregion package
