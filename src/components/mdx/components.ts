// The components every guide and case can use without importing them (see docs/authoring.md).
import Tautan from "./Tautan.astro";
import Istilah from "./Istilah.astro";
import Sumber from "./Sumber.astro";
import Ringkasan from "./Ringkasan.astro";
import Catatan from "./Catatan.astro";
import Tabel from "./Tabel.astro";
import Kotak from "./Kotak.astro";
import Templat from "./Templat.astro";
import TemplatContoh from "./TemplatContoh.astro";
import Regulasi from "./Regulasi.astro";

export const mdxComponents = {
  a: Tautan,
  table: Tabel,
  input: Kotak,
  Istilah,
  Sumber,
  Ringkasan,
  Catatan,
  Templat,
  TemplatContoh,
  Regulasi,
};
