import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { isOnlinePage } from "./data/online-page";
import { startPage } from "./state/page";
import { StoreContext } from "./state/use-app-state";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const page = startPage(isOnlinePage());
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={page}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
