/**
 * The add-in's hidden page (index.html): WPS loads it at start and calls the ribbon callbacks that
 * ribbon.xml names as global functions of this page.
 */
import { wpsApplication } from "../access";
import { ribbonCallbacks } from "./ribbon";

Object.assign(
  window,
  ribbonCallbacks(
    () => wpsApplication(),
    () => location.href,
  ),
);
