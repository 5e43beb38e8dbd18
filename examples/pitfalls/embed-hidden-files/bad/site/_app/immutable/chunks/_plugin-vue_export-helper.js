export default (s, p) => s;
